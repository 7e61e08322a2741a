/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Account#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getTelephone1 <em>Telephone1</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getAddress1Line1 <em>Address1 Line1</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getAddress1City <em>Address1 City</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getAddress1PostalCode <em>Address1 Postal Code</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getAccount()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='account' entitySet='accounts'"
 * @generated
 */
public interface Account extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name' maxLength='160'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Telephone1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Telephone1</em>' attribute.
	 * @see #setTelephone1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Telephone1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='telephone1' maxLength='50'"
	 * @generated
	 */
	String getTelephone1();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getTelephone1 <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Telephone1</em>' attribute.
	 * @see #getTelephone1()
	 * @generated
	 */
	void setTelephone1(String value);

	/**
	 * Returns the value of the '<em><b>Address1 Line1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address1 Line1</em>' attribute.
	 * @see #setAddress1Line1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Address1Line1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='address1_line1' maxLength='250'"
	 * @generated
	 */
	String getAddress1Line1();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getAddress1Line1 <em>Address1 Line1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address1 Line1</em>' attribute.
	 * @see #getAddress1Line1()
	 * @generated
	 */
	void setAddress1Line1(String value);

	/**
	 * Returns the value of the '<em><b>Address1 City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address1 City</em>' attribute.
	 * @see #setAddress1City(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Address1City()
	 * @model annotation="http://www.fieldbook.org/dataverse column='address1_city' maxLength='80'"
	 * @generated
	 */
	String getAddress1City();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getAddress1City <em>Address1 City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address1 City</em>' attribute.
	 * @see #getAddress1City()
	 * @generated
	 */
	void setAddress1City(String value);

	/**
	 * Returns the value of the '<em><b>Address1 Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address1 Postal Code</em>' attribute.
	 * @see #setAddress1PostalCode(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Address1PostalCode()
	 * @model annotation="http://www.fieldbook.org/dataverse column='address1_postalcode' maxLength='20'"
	 * @generated
	 */
	String getAddress1PostalCode();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getAddress1PostalCode <em>Address1 Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address1 Postal Code</em>' attribute.
	 * @see #getAddress1PostalCode()
	 * @generated
	 */
	void setAddress1PostalCode(String value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid or teamid of the row's owner (Dataverse's ownerid), set with ownerid@odata.bind; the creator by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #setOwnerId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_OwnerId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_ownerid_value' maxLength='36'"
	 * @generated
	 */
	String getOwnerId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getOwnerId <em>Owner Id</em>}' attribute.
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
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_OwningBusinessUnit()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_owningbusinessunit_value' maxLength='36'"
	 * @generated
	 */
	String getOwningBusinessUnit();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getOwningBusinessUnit <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #getOwningBusinessUnit()
	 * @generated
	 */
	void setOwningBusinessUnit(String value);

} // Account
