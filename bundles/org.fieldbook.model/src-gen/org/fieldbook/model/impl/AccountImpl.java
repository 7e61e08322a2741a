/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getTelephone1 <em>Telephone1</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getAddress1Line1 <em>Address1 Line1</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getAddress1City <em>Address1 City</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getAddress1PostalCode <em>Address1 Postal Code</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.AccountImpl#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends RecordImpl implements Account {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTelephone1() <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelephone1()
	 * @generated
	 * @ordered
	 */
	protected static final String TELEPHONE1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTelephone1() <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelephone1()
	 * @generated
	 * @ordered
	 */
	protected String telephone1 = TELEPHONE1_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress1Line1() <em>Address1 Line1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1Line1()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS1_LINE1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress1Line1() <em>Address1 Line1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1Line1()
	 * @generated
	 * @ordered
	 */
	protected String address1Line1 = ADDRESS1_LINE1_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress1City() <em>Address1 City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1City()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS1_CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress1City() <em>Address1 City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1City()
	 * @generated
	 * @ordered
	 */
	protected String address1City = ADDRESS1_CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress1PostalCode() <em>Address1 Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1PostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS1_POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress1PostalCode() <em>Address1 Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress1PostalCode()
	 * @generated
	 * @ordered
	 */
	protected String address1PostalCode = ADDRESS1_POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningBusinessUnit = OWNING_BUSINESS_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.ACCOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTelephone1() {
		return telephone1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTelephone1(String newTelephone1) {
		String oldTelephone1 = telephone1;
		telephone1 = newTelephone1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__TELEPHONE1, oldTelephone1, telephone1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress1Line1() {
		return address1Line1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress1Line1(String newAddress1Line1) {
		String oldAddress1Line1 = address1Line1;
		address1Line1 = newAddress1Line1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__ADDRESS1_LINE1, oldAddress1Line1, address1Line1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress1City() {
		return address1City;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress1City(String newAddress1City) {
		String oldAddress1City = address1City;
		address1City = newAddress1City;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__ADDRESS1_CITY, oldAddress1City, address1City));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress1PostalCode() {
		return address1PostalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress1PostalCode(String newAddress1PostalCode) {
		String oldAddress1PostalCode = address1PostalCode;
		address1PostalCode = newAddress1PostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__ADDRESS1_POSTAL_CODE, oldAddress1PostalCode, address1PostalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningBusinessUnit() {
		return owningBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningBusinessUnit(String newOwningBusinessUnit) {
		String oldOwningBusinessUnit = owningBusinessUnit;
		owningBusinessUnit = newOwningBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.ACCOUNT__OWNING_BUSINESS_UNIT, oldOwningBusinessUnit, owningBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.ACCOUNT__NAME:
				return getName();
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				return getTelephone1();
			case FieldbookPackage.ACCOUNT__ADDRESS1_LINE1:
				return getAddress1Line1();
			case FieldbookPackage.ACCOUNT__ADDRESS1_CITY:
				return getAddress1City();
			case FieldbookPackage.ACCOUNT__ADDRESS1_POSTAL_CODE:
				return getAddress1PostalCode();
			case FieldbookPackage.ACCOUNT__OWNER_ID:
				return getOwnerId();
			case FieldbookPackage.ACCOUNT__OWNING_BUSINESS_UNIT:
				return getOwningBusinessUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.ACCOUNT__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				setTelephone1((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__ADDRESS1_LINE1:
				setAddress1Line1((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__ADDRESS1_CITY:
				setAddress1City((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__ADDRESS1_POSTAL_CODE:
				setAddress1PostalCode((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case FieldbookPackage.ACCOUNT__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.ACCOUNT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				setTelephone1(TELEPHONE1_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__ADDRESS1_LINE1:
				setAddress1Line1(ADDRESS1_LINE1_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__ADDRESS1_CITY:
				setAddress1City(ADDRESS1_CITY_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__ADDRESS1_POSTAL_CODE:
				setAddress1PostalCode(ADDRESS1_POSTAL_CODE_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case FieldbookPackage.ACCOUNT__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit(OWNING_BUSINESS_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.ACCOUNT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.ACCOUNT__TELEPHONE1:
				return TELEPHONE1_EDEFAULT == null ? telephone1 != null : !TELEPHONE1_EDEFAULT.equals(telephone1);
			case FieldbookPackage.ACCOUNT__ADDRESS1_LINE1:
				return ADDRESS1_LINE1_EDEFAULT == null ? address1Line1 != null : !ADDRESS1_LINE1_EDEFAULT.equals(address1Line1);
			case FieldbookPackage.ACCOUNT__ADDRESS1_CITY:
				return ADDRESS1_CITY_EDEFAULT == null ? address1City != null : !ADDRESS1_CITY_EDEFAULT.equals(address1City);
			case FieldbookPackage.ACCOUNT__ADDRESS1_POSTAL_CODE:
				return ADDRESS1_POSTAL_CODE_EDEFAULT == null ? address1PostalCode != null : !ADDRESS1_POSTAL_CODE_EDEFAULT.equals(address1PostalCode);
			case FieldbookPackage.ACCOUNT__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case FieldbookPackage.ACCOUNT__OWNING_BUSINESS_UNIT:
				return OWNING_BUSINESS_UNIT_EDEFAULT == null ? owningBusinessUnit != null : !OWNING_BUSINESS_UNIT_EDEFAULT.equals(owningBusinessUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", telephone1: ");
		result.append(telephone1);
		result.append(", address1Line1: ");
		result.append(address1Line1);
		result.append(", address1City: ");
		result.append(address1City);
		result.append(", address1PostalCode: ");
		result.append(address1PostalCode);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", owningBusinessUnit: ");
		result.append(owningBusinessUnit);
		result.append(')');
		return result.toString();
	}

} //AccountImpl
