/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Contact#getFullName <em>Full Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getFirstName <em>First Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getLastName <em>Last Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getTelephone1 <em>Telephone1</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getEmailAddress1 <em>Email Address1</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getParentCustomer <em>Parent Customer</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Contact#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getContact()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='contact' entitySet='contacts'"
 * @generated
 */
public interface Contact extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Name</em>' attribute.
	 * @see #setFullName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_FullName()
	 * @model annotation="http://www.fieldbook.org/dataverse column='fullname' maxLength='160'"
	 * @generated
	 */
	String getFullName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getFullName <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Name</em>' attribute.
	 * @see #getFullName()
	 * @generated
	 */
	void setFullName(String value);

	/**
	 * Returns the value of the '<em><b>First Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Name</em>' attribute.
	 * @see #setFirstName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_FirstName()
	 * @model annotation="http://www.fieldbook.org/dataverse column='firstname' maxLength='50'"
	 * @generated
	 */
	String getFirstName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getFirstName <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Name</em>' attribute.
	 * @see #getFirstName()
	 * @generated
	 */
	void setFirstName(String value);

	/**
	 * Returns the value of the '<em><b>Last Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Name</em>' attribute.
	 * @see #setLastName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_LastName()
	 * @model annotation="http://www.fieldbook.org/dataverse column='lastname' maxLength='50'"
	 * @generated
	 */
	String getLastName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getLastName <em>Last Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Name</em>' attribute.
	 * @see #getLastName()
	 * @generated
	 */
	void setLastName(String value);

	/**
	 * Returns the value of the '<em><b>Telephone1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Telephone1</em>' attribute.
	 * @see #setTelephone1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_Telephone1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='telephone1' maxLength='50'"
	 * @generated
	 */
	String getTelephone1();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getTelephone1 <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Telephone1</em>' attribute.
	 * @see #getTelephone1()
	 * @generated
	 */
	void setTelephone1(String value);

	/**
	 * Returns the value of the '<em><b>Email Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email Address1</em>' attribute.
	 * @see #setEmailAddress1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_EmailAddress1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='emailaddress1' maxLength='100'"
	 * @generated
	 */
	String getEmailAddress1();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getEmailAddress1 <em>Email Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email Address1</em>' attribute.
	 * @see #getEmailAddress1()
	 * @generated
	 */
	void setEmailAddress1(String value);

	/**
	 * Returns the value of the '<em><b>Parent Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Customer</em>' reference.
	 * @see #setParentCustomer(Account)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_ParentCustomer()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_parentcustomerid_value' navigation='parentcustomerid_account'"
	 * @generated
	 */
	Account getParentCustomer();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getParentCustomer <em>Parent Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Customer</em>' reference.
	 * @see #getParentCustomer()
	 * @generated
	 */
	void setParentCustomer(Account value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid or teamid of the row's owner (Dataverse's ownerid), set with ownerid@odata.bind; the creator by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #setOwnerId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_OwnerId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_ownerid_value' maxLength='36'"
	 * @generated
	 */
	String getOwnerId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Id</em>' attribute.
	 * @see #getOwnerId()
	 * @generated
	 */
	void setOwnerId(String value);

	/**
	 * Returns the value of the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit of the row's owner, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #setOwningBusinessUnit(String)
	 * @see org.fieldbook.model.FieldbookPackage#getContact_OwningBusinessUnit()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_owningbusinessunit_value' maxLength='36'"
	 * @generated
	 */
	String getOwningBusinessUnit();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Contact#getOwningBusinessUnit <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #getOwningBusinessUnit()
	 * @generated
	 */
	void setOwningBusinessUnit(String value);

} // Contact
